// One build for the task pane and the ribbon's function file.
// Environment:
//   IJKPUNT_PUBLIC_URL  where production pages are hosted (default https://localhost:3000/);
//                       the manifest written to dist/ points there.
//   IJKPUNT_OFFICE_JS   "cdn" (production default: Microsoft requires the official CDN) or
//                       "local" (development default: the copy in node_modules, for the
//                       dev server, tests and the browser preview without internet).
//   IJKPUNT_OUT         output folder (default dist).
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function publicUrl(mode) {
  const url = process.env.IJKPUNT_PUBLIC_URL || DEV_URL;
  if (!/^https:\/\//.test(url)) {
    throw new Error(`IJKPUNT_PUBLIC_URL moet met https:// beginnen (nu: ${url}).`);
  }
  if (mode === 'production' && url === DEV_URL && !process.env.IJKPUNT_QUIET) {
    console.warn('IJKPUNT_PUBLIC_URL is niet gezet: dist/manifest.xml wijst naar https://localhost:3000/.');
  }
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * office-addin-dev-certs makes a CA and a localhost certificate and asks the system to trust
 * the CA. Where that is impossible (no sudo, a container) it throws; the certificates it made
 * still serve https, and the browser can accept them once by hand (DEVELOPERS.md).
 */
async function devCertificates() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const fs = require('fs');
    const defaults = require('office-addin-dev-certs/lib/defaults');
    if (!fs.existsSync(defaults.localhostCertificatePath)) {
      await require('office-addin-dev-certs/lib/generate').generateCertificates();
    }
    console.warn(
      `Ontwikkelcertificaat niet vertrouwd (${error.message.split('\n')[0]}). ` +
        'Open https://localhost:3000 één keer in de browser en accepteer het certificaat.',
    );
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
    };
  }
}

module.exports = async (_env, argv) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const officeJs = process.env.IJKPUNT_OFFICE_JS || (mode === 'production' ? 'cdn' : 'local');
  if (officeJs !== 'cdn' && officeJs !== 'local') {
    throw new Error(`IJKPUNT_OFFICE_JS moet "cdn" of "local" zijn (nu: ${officeJs}).`);
  }
  const officeJsUrl = officeJs === 'cdn' ? OFFICE_CDN : 'office-js/office.js';
  const url = publicUrl(mode);
  // Office only loads add-ins over https; the dev certificate is made (and, where the
  // system allows, trusted) by office-addin-dev-certs. Only needed when serving.
  const httpsOptions = process.env.WEBPACK_SERVE ? await devCertificates() : undefined;
  const page = (name, chunks, title) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: path.resolve(__dirname, 'src/taskpane/page.html'),
      chunks,
      title,
      officeJsUrl,
    });

  return {
    mode,
    devtool: mode === 'production' ? 'source-map' : 'eval-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/excel/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, process.env.IJKPUNT_OUT || 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // src/xlsx's zip codec: Node's zlib for the command line, fflate in the browser (the
      // preview reads and writes the user's own file), so no Node built-in enters the bundle.
      new webpack.NormalModuleReplacementPlugin(/^\.\/codec$/, (resource) => {
        if (resource.context.endsWith(path.join('src', 'xlsx'))) resource.request = './codec.browser';
      }),
      page('taskpane', ['taskpane'], 'IJkpunt'),
      page('commands', ['commands'], 'IJkpunt'),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_URL).join(url),
          },
          ...(officeJs === 'local'
            ? [
                {
                  from: path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist'),
                  to: 'office-js',
                  // Already minified by Microsoft; re-minifying 280 files takes minutes.
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      port: 3000,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: httpsOptions },
    },
  };
};
