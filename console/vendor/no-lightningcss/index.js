// See package.json: Vite reaches this only with css.transformer 'lightningcss' or build.cssMinify
// 'lightningcss', which console/vite.config.mts does not set.
throw new Error('lightningcss is not installed in this project (MPL-2.0): keep build.cssMinify false and css.transformer postcss');
