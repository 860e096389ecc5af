/** The workbench's dialogs: the agent's Settings, and the shell every dialog of the workbench has. Not API. */
package dev.callbench.ui.internal.dialogs;
