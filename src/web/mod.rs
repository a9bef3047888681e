//! The web adapter (wasm only): builds the page model from a browser `Document` and exposes
//! the core to JavaScript.
