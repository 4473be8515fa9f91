/**
 * Use cases, the product's verbs: load from a {@link app.fulcrum.app.WorkspaceStore}, call the
 * domain, save, in one transaction. Declares the store interfaces it needs; imports the domain only.
 */
package app.fulcrum.app;
