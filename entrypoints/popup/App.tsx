import dataset from 'virtual:cpt-lens/dataset';

export function App() {
  return (
    <main>
      <h1>CPT Lens</h1>
      <p>
        Data version {dataset.version} · {dataset.entries.length} codes
      </p>
    </main>
  );
}
