/** The Call quality tab: the softphone call's live quality in charts and the last session's report; not API. */
package dev.callbench.ui.internal.quality;
