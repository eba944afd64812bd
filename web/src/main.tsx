import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { lazy, Suspense, useEffect, useState } from 'react';
import { App } from './App.tsx';
import './styles.css';

// The translation review (#review) loads its code only when opened.
const ReviewView = lazy(() => import('./ReviewView.tsx').then((m) => ({ default: m.ReviewView })));

function Root() {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  if (hash === '#review') {
    return (
      <Suspense fallback={<p className="hint">Loading…</p>}>
        <ReviewView onClose={() => (location.hash = '')} />
      </Suspense>
    );
  }
  return <App />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
