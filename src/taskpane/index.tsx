import { createRoot } from 'react-dom/client';
import { whenOfficeReady } from '../excel/host';
import { App } from './App';

async function main(): Promise<void> {
  const host = await whenOfficeReady();
  const container = document.getElementById('root');
  if (container) {
    createRoot(container).render(<App host={host} />);
  }
}

void main();
