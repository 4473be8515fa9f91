/**
 * Use cases, the product's verbs: load from a {@link app.fulcrum.app.WorkspaceStore}, call the
 * domain (or an importer), save, in one transaction. Declares the store interfaces it needs; imports domain and importer.
 */
package app.fulcrum.app;
