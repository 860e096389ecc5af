/** The handlers of the control panel's commands, which the application model binds to keys. */
package dev.callbench.ui.internal.handlers;
