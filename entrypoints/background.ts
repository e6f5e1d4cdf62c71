export default defineBackground(() => {
  // wired up by the extension entrypoints work
});
