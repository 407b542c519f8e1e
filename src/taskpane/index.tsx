import { createRoot } from 'react-dom/client';
import { whenOfficeReady } from '../excel/host';
import { App } from './App';
import { excelWorkbook } from './excel-workbook';
import { previewWorkbook } from './preview-workbook';

async function main(): Promise<void> {
  const host = await whenOfficeReady();
  const container = document.getElementById('root');
  if (container) {
    const workbook = host.kind === 'excel' ? excelWorkbook : previewWorkbook();
    createRoot(container).render(<App host={host} workbook={workbook} />);
  }
}

void main();
