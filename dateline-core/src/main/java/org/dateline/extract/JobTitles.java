package org.dateline.extract;

/**
 * The job titles that follow or stand under a name in bylines ("Jane Doe, Senior Reporter",
 * "Jane DoeNews Reporter", "Redakteurin für Finanzen"), in the dev sets' languages: one list for
 * the bylines of HTML pages ({@code meta/Authors}) and of text dumps ({@code text/Bylines}).
 */
public final class JobTitles {

    /** The nouns, as a regular-expression alternation to be matched case-insensitively. */
    public static final String NOUNS = "reporter|writer|correspondent|editor|editors|journalist|columnist|contributor|"
            + "redakteur(?:in)?|chefredakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|author|journalistin|"
            + "mitarbeiter(?:in)?|kolumnist(?:in)?|volontär(?:in)?|"
            + "rédacteur|rédactrice|journaliste|envoyé(?:e)?\\s+spécial(?:e)?|correspondant(?:e)?|"
            + "periodista|redactor(?:a)?|corresponsal|giornalista|inviato|inviata|"
            + "photographer|fotograf(?:in)?|producer|analyst|intern|team|staff|desk|bureau|ceo|cto|cfo|founder";

    private JobTitles() {
    }
}
