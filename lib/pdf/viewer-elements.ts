/**
 * The viewer page's elements (entrypoints/pdf/index.html), looked up once by id. The other
 * lib/pdf modules take this object, or the part of it they drive, instead of querying the page.
 */

export interface ViewerElements {
  fileInput: HTMLInputElement;
  docName: HTMLElement;
  nav: HTMLElement;
  zoom: HTMLElement;
  actions: HTMLElement;
  prev: HTMLButtonElement;
  next: HTMLButtonElement;
  pageNumber: HTMLInputElement;
  pageCount: HTMLElement;
  zoomOut: HTMLButtonElement;
  zoomIn: HTMLButtonElement;
  scale: HTMLSelectElement;
  customScale: HTMLOptionElement;
  findToggle: HTMLButtonElement;
  print: HTMLButtonElement;
  download: HTMLButtonElement;
  siteState: HTMLElement;
  findbar: HTMLElement;
  findInput: HTMLInputElement;
  findPrev: HTMLButtonElement;
  findNext: HTMLButtonElement;
  findStatus: HTMLElement;
  findClose: HTMLButtonElement;
  message: HTMLElement;
  messageTitle: HTMLElement;
  messageDetail: HTMLElement;
  empty: HTMLElement;
  container: HTMLDivElement;
  viewer: HTMLDivElement;
}

export function viewerElements(doc: Document): ViewerElements {
  const $ = <T extends HTMLElement = HTMLElement>(id: string) => doc.getElementById(id) as T;
  return {
    fileInput: $('file-input'),
    docName: $('doc-name'),
    nav: $('nav'),
    zoom: $('zoom'),
    actions: $('actions'),
    prev: $('prev-page'),
    next: $('next-page'),
    pageNumber: $('page-number'),
    pageCount: $('page-count'),
    zoomOut: $('zoom-out'),
    zoomIn: $('zoom-in'),
    scale: $('scale'),
    customScale: $('custom-scale'),
    findToggle: $('find-toggle'),
    print: $('print'),
    download: $('download'),
    siteState: $('site-state'),
    findbar: $('findbar'),
    findInput: $('find-input'),
    findPrev: $('find-prev'),
    findNext: $('find-next'),
    findStatus: $('find-status'),
    findClose: $('find-close'),
    message: $('message'),
    messageTitle: $('message-title'),
    messageDetail: $('message-detail'),
    empty: $('empty'),
    container: $('viewer-container'),
    viewer: $('viewer'),
  };
}
