// The same page on a nested route: the mock worker is registered from the site root either way.
export { default } from '../../page';
