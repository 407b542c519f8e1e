// The pane's entry: Excel's workbook port inside Excel, the in-memory example elsewhere. The
// only pane file that knows src/excel.
import { createRoot } from 'react-dom/client';
import { whenOfficeReady } from '../excel/host';
import { excelWorkbook } from '../excel/workbook-port';
import { App } from './App';
import { previewWorkbook } from './preview-workbook';

async function main(): Promise<void> {
  const host = await whenOfficeReady();
  const container = document.getElementById('root');
  if (container) {
    const workbook = host.kind === 'excel' ? excelWorkbook() : previewWorkbook();
    createRoot(container).render(<App host={host} workbook={workbook} />);
  }
}

void main();
