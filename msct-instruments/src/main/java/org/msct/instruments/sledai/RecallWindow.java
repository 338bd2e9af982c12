package org.msct.instruments.sledai;

/**
 * Recall window of a SLEDAI-2K assessment: descriptors present at the visit or within the preceding 10 days (original
 * instrument, Gladman 2002; also SELENA-SLEDAI) or 30 days (validated by Touma, Urowitz, Gladman, Lupus
 * 2010;19:49-51). The arithmetic is identical; the window is stored with each score.
 */
public enum RecallWindow {
    WINDOW_10D(10),
    WINDOW_30D(30);

    private final int days;

    RecallWindow(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }
}
