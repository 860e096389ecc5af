/**
 * The Extensions dialog and what it does through p2 in the running installation: lists the extension features
 * installed beyond the product, installs one from an update site and uninstalls one, and applies the changed
 * configuration to the running framework, so that no restart is needed. Not API.
 */
package dev.callbench.ui.internal.extensions;
