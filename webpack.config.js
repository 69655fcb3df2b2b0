/**
 * Builds the task pane and the ribbon's function file.
 *
 *   npm run dev-server   https://localhost:3000/ with Office's trusted development certificate
 *   npm run build        dist/ for production: minified, no eval, manifest.xml with every URL moved
 *                        from https://localhost:3000/ to ADDIN_BASE_URL
 *   npm run playground   (--env playground) the pane over the in-memory Excel, http://localhost:3001/
 *
 * office.js is not bundled: the HTML pages load it from Microsoft's CDN, as Office requires.
 */
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_SERVER_PORT = 3000;

/**
 * The production URL rewrite lives in scripts/production-manifest.ts, compiled to build/ by
 * `npm run build:cli` (which `npm run build` runs first), so the tests exercise the very function
 * used here.
 */
function loadProductionManifest() {
  const compiled = path.join(__dirname, 'build', 'scripts', 'production-manifest.js');
  try {
    return require(compiled);
  } catch (error) {
    throw new Error(
      `${compiled} ontbreekt: draai eerst npm run build:cli. / ${compiled} is missing: run npm run build:cli first.`,
      { cause: error },
    );
  }
}

/** The checked ADDIN_BASE_URL; a wrong or missing one stops the build with a sentence, not a stack trace. */
function productionBaseUrl(productionManifest) {
  try {
    return productionManifest.addinBaseUrl(process.env.ADDIN_BASE_URL);
  } catch (error) {
    if (error.name !== 'AddinBaseUrlError') throw error;
    process.stderr.write(`\n${error.message}\n\n`);
    process.exit(1);
  }
}

/** Office's development certificate, installed and trusted on first use (asks for permission once). */
async function devServerHttpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

/**
 * The playground (`webpack --env playground`, run by `npm run playground` and the end-to-end
 * test): the task pane beside a grid of the in-memory Excel, in build/playground. A configuration
 * of its own, so `npm run build` never puts it in dist/. No office.js and no manifest. ts-loader
 * only transpiles here; `npm run typecheck` checks the types of src/ as a whole.
 */
function playgroundConfig(production) {
  return {
    name: 'playground',
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: { playground: './src/playground/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'build', 'playground'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { configFile: path.resolve(__dirname, 'src/playground/tsconfig.json'), transpileOnly: true },
          },
        },
      ],
    },
    plugins: [new HtmlWebpackPlugin({ filename: 'index.html', template: './src/playground/index.html' })],
    // A local development page: the bundle's size is the task pane's concern, measured in dist/.
    performance: { hints: false },
  };
}

module.exports = async (env, argv) => {
  if (env.playground) return playgroundConfig(argv.mode === 'production');
  const production = argv.mode === 'production';
  let manifestTransform = (content) => content;
  if (production) {
    const productionManifest = loadProductionManifest();
    const baseUrl = productionBaseUrl(productionManifest);
    manifestTransform = (content) => productionManifest.productionManifest(content.toString('utf8'), baseUrl);
  }

  return {
    mode: production ? 'production' : 'development',
    // Source maps as separate files in both modes: no eval-based devtool, which a strict webview
    // or content security policy may refuse.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    // Browsers have globalThis; webpack's fallback for Node's `global` (pulled in by Fluent's
    // CSS-in-JS) is built with `new Function`, which a strict content security policy refuses.
    node: { global: false },
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      // Office caches add-in files hard; a content hash makes a new version load at once. The
      // HTML pages keep fixed names because the manifest points at them.
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { configFile: 'tsconfig.web.json' } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/index.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/*.html', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: manifestTransform },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          port: DEV_SERVER_PORT,
          server: { type: 'https', options: await devServerHttpsOptions() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
        }
      : undefined,
  };
};
