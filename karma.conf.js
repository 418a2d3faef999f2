// Karma runs the unit and component specs once in headless Chromium (Debian's /usr/bin/chromium).
process.env.CHROME_BIN = process.env.CHROME_BIN || '/usr/bin/chromium';

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [require('karma-jasmine'), require('karma-chrome-launcher'), require('karma-coverage')],
    client: {
      jasmine: {
        random: true,
        // Jasmine's 5 s per spec is a timed assertion in disguise: at load 20 a spec rendering 250
        // teams in steps ran past it and Karma lost the run. Specs wait for what a user would see;
        // this only bounds a spec that never gets there.
        timeoutInterval: 60000,
      },
    },
    coverageReporter: {
      dir: require('path').join(__dirname, './coverage/dsomm-studio'),
      subdir: '.',
      reporters: [{ type: 'text-summary' }],
    },
    reporters: ['dots'],
    customLaunchers: {
      ChromeHeadlessCI: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    },
    browsers: ['ChromeHeadlessCI'],
    browserNoActivityTimeout: 120000,
    // A busy 2-core machine can starve the browser for seconds: do not call that a disconnect.
    browserDisconnectTimeout: 60000,
    browserDisconnectTolerance: 2,
    pingTimeout: 60000,
    singleRun: true,
    restartOnFileChange: false,
  });
};
