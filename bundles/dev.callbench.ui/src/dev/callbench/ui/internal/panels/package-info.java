/**
 * The panels extensions contribute ({@link dev.callbench.api.whiteboard.PanelContribution} services), hosted as
 * parts of the workbench's main part stack.
 */
package dev.callbench.ui.internal.panels;
