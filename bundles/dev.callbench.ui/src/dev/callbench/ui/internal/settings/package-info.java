/**
 * The agent's settings, kept and applied: which contact center they sign in to (Eclipse preferences, the password
 * in Eclipse secure storage) and which audio devices they use. Not API.
 */
package dev.callbench.ui.internal.settings;
