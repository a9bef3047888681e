// Moved to shared/ (the page's toast says the same); kept so popup modules import it here.
export * from '../shared/i18n.js';
