/** The workbench's dialogs: the agent's Settings. Not API. */
package dev.callbench.ui.internal.dialogs;
