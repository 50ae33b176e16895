export function App() {
  return (
    <main>
      <h1>CPT Lens options</h1>
    </main>
  );
}
