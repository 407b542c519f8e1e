// `npm start`: the dev server on https://localhost:3000. Where desktop Excel can exist
// (Windows, macOS) office-addin-debugging sideloads the add-in and starts the server;
// elsewhere the server runs and this prints how to sideload into Excel on the web.
import { spawn } from 'node:child_process';

const bin = (name) => (process.platform === 'win32' ? `${name}.cmd` : name);
const run = (command, args) => {
  const child = spawn(bin(command), args, { stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 1));
};

if (process.platform === 'win32' || process.platform === 'darwin') {
  run('npx', [
    'office-addin-debugging',
    'start',
    'manifest.xml',
    'desktop',
    '--app',
    'excel',
    '--dev-server',
    'npm run dev-server',
    '--dev-server-port',
    '3000',
  ]);
} else {
  console.log(
    [
      'IJkpunt draait op https://localhost:3000/taskpane.html',
      '',
      'Geen Excel voor Windows of Mac op deze machine. Laden in Excel op het web:',
      '  1. Open een werkmap op https://excel.cloud.microsoft (of via OneDrive/SharePoint).',
      '  2. Start > Invoegtoepassingen > Meer invoegtoepassingen > Mijn invoegtoepassingen >',
      '     Mijn invoegtoepassing uploaden, en kies manifest.xml uit deze map.',
      '  3. Klik op de knop IJkpunt op het tabblad Start.',
      'De browser moet het ontwikkelcertificaat van localhost vertrouwen',
      '(npx office-addin-dev-certs install; zonder beheerrechten: open https://localhost:3000 één keer',
      'en accepteer het certificaat).',
      '',
    ].join('\n'),
  );
  run('npx', ['webpack', 'serve', '--mode', 'development']);
}
