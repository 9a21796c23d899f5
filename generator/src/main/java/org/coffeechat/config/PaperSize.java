package org.coffeechat.config;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The paper a PDF packet is laid out for. */
public enum PaperSize {
    /** US Letter, 8.5 x 11 in (215.9 x 279.4 mm). */
    LETTER("letter", 612f, 792f),
    /** ISO A4, 210 x 297 mm. */
    A4("a4", 595.28f, 841.89f);

    /** Regions whose offices print on Letter; everywhere else uses A4. */
    private static final Set<String> LETTER_REGIONS = Set.of("US", "CA", "MX", "PH", "CL", "CO", "CR", "GT", "PR",
            "VE", "DO", "SV", "NI", "PA");

    private final String id;
    private final float widthPoints;
    private final float heightPoints;

    PaperSize(String id, float widthPoints, float heightPoints) {
        this.id = id;
        this.widthPoints = widthPoints;
        this.heightPoints = heightPoints;
    }

    /** How it is written in site.yaml, on the command line and in CSS {@code @page { size: ... }}. */
    public String id() {
        return id;
    }

    public float widthPoints() {
        return widthPoints;
    }

    public float heightPoints() {
        return heightPoints;
    }

    /** The height in whole millimetres: 279 for Letter, 297 for A4. */
    public int heightMm() {
        return Math.round(heightPoints / 72f * 25.4f);
    }

    public static Optional<PaperSize> parse(String text) {
        for (PaperSize p : values()) {
            if (p.id.equalsIgnoreCase(text.strip())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Letter for a locale without a region or in a Letter region (en, en-US, en-CA, es-MX), A4 otherwise. */
    public static PaperSize forLocale(String languageTag) {
        String region = Locale.forLanguageTag(languageTag).getCountry();
        return region.isEmpty() || LETTER_REGIONS.contains(region) ? LETTER : A4;
    }
}
