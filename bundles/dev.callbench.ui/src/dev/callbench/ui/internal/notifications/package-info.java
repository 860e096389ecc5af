/** The desktop notification of an offered contact while the workbench's window is not in front. */
package dev.callbench.ui.internal.notifications;
