package org.dateline.quality;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.analyze.Analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java port of {@code shared/eval/score_quotes.py}, metric for metric (tokens, coverage, greedy
 * matching at 0.3 and 0.8, subsets, speaker correctness, end-to-end), so the build gates on the
 * numbers the reference scorer prints. {@code QuoteQualityGateTest} checks, when Python is there,
 * that both print the same summary line on the dev sets.
 */
public final class QuoteScorer {

    static final double[] THRESHOLDS = {0.3, 0.8};
    private static final String QUOTE_MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019'\u2039\u203a\u301d\u301e\uff02\u201f\u201b";
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> PRONOUNS = Set.of(("i me my mine myself we us our ours ourselves you your yours "
            + "yourself yourselves he him his himself she her hers herself it its itself they them their theirs "
            + "themselves one who whom whose which that this these those someone somebody anyone anybody everyone")
            .split(" "));
    private static final Set<String> STOP;
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "of");

    static {
        Set<String> s = new HashSet<>(PRONOUNS);
        s.addAll(List.of(("the a an of in on at for to from with by as about into over after before and or but nor s "
                + "mr mrs ms miss dr sir jr sr").split(" ")));
        STOP = Set.copyOf(s);
    }

    /** A gold attribution. */
    record Gold(String text, String speaker, String reference, boolean direct) {
    }

    /** A predicted quote as the scorer reads it; {@code direct}: of kind direct or partial. */
    record Pred(String text, String speaker, String speakerName, boolean direct) {
        Pred(String text, String speaker, String speakerName) {
            this(text, speaker, speakerName, isDirect(text));
        }
    }

    /** Counters of one subset at one threshold. */
    static final class Counts {
        long tp;
        long pred;
        long gold;
        long spk;
        final Map<String, Long> tpKind = new HashMap<>();
        final Map<String, Long> spkKind = new HashMap<>();
    }

    private final Counts[][] acc = new Counts[2][2]; // [threshold][0 = all, 1 = direct]
    private long goldAll;
    private long goldDirect;
    private long predicted;
    private int articles;

    public QuoteScorer() {
        for (int t = 0; t < 2; t++) {
            for (int s = 0; s < 2; s++) {
                acc[t][s] = new Counts();
            }
        }
    }

    /** Scores one article: its gold row and the predicted quotes (null: the article is missing). */
    public void add(JsonNode goldRow, List<Analysis.Quote> predicted) {
        add(goldRow, predicted, "");
    }

    /**
     * As {@link #add(JsonNode, List)}, with the article's text: gold that annotates each quoted
     * fragment on its own (GGT-style {@code quotes}) is scored against a quote's {@code spans}.
     */
    public void add(JsonNode goldRow, List<Analysis.Quote> predicted, String body) {
        List<Gold> golds = goldItems(goldRow);
        boolean perFragment = goldRow.has("quotes");
        List<Pred> preds = new ArrayList<>();
        if (predicted != null) {
            for (Analysis.Quote q : predicted) {
                if ("term".equals(q.kind())) {
                    continue; // a scare quote or title kept as a term is not speech
                }
                Analysis.Speaker s = q.speaker();
                boolean direct = q.kind() == null ? isDirect(q.text()) : "direct".equals(q.kind()) || "partial".equals(q.kind());
                String mention = s == null ? "" : nz(s.mention());
                String name = s == null ? "" : nz(s.name());
                if (perFragment && q.spans().size() > 1 && body != null && !body.isEmpty()) {
                    for (Analysis.Fragment f : q.spans()) {
                        int a = Math.max(0, Math.min(f.start(), body.length()));
                        int b = Math.max(a, Math.min(f.end(), body.length()));
                        preds.add(new Pred(body.substring(a, b), mention, name, direct));
                    }
                    continue;
                }
                preds.add(new Pred(nz(q.text()), mention, name, direct));
            }
        }
        add(golds, preds);
    }

    void add(List<Gold> golds, List<Pred> preds) {
        articles++;
        predicted += preds.size();
        goldAll += golds.size();
        for (Gold g : golds) {
            if (g.direct()) {
                goldDirect++;
            }
        }
        for (int t = 0; t < 2; t++) {
            List<int[]> pairs = match(golds, preds, THRESHOLDS[t]);
            for (int sub = 0; sub < 2; sub++) {
                Counts c = acc[t][sub];
                boolean[] in = new boolean[golds.size()];
                int inCount = 0;
                for (int i = 0; i < golds.size(); i++) {
                    in[i] = sub == 0 || golds.get(i).direct();
                    if (in[i]) {
                        inCount++;
                    }
                }
                c.gold += inCount;
                if (sub == 0) {
                    c.pred += preds.size();
                } else {
                    // predictions matched to out-of-subset gold quotes are ignored for the subset; an
                    // unmatched prediction is a false positive of the subset when it is direct itself
                    boolean[] matched = new boolean[preds.size()];
                    for (int[] p : pairs) {
                        matched[p[1]] = true;
                        if (in[p[0]]) {
                            c.pred++;
                        }
                    }
                    for (int j = 0; j < preds.size(); j++) {
                        if (!matched[j] && preds.get(j).direct()) {
                            c.pred++;
                        }
                    }
                }
                for (int[] p : pairs) {
                    if (!in[p[0]]) {
                        continue;
                    }
                    c.tp++;
                    String kind = goldSpeakerKind(golds.get(p[0]));
                    c.tpKind.merge(kind, 1L, Long::sum);
                    if (speakerCorrect(golds.get(p[0]), preds.get(p[1]))) {
                        c.spk++;
                        c.spkKind.merge(kind, 1L, Long::sum);
                    }
                }
            }
        }
    }

    static List<Gold> goldItems(JsonNode obj) {
        List<Gold> items = new ArrayList<>();
        if (obj.has("quotes")) {
            for (JsonNode q : obj.get("quotes")) {
                String text = q.path("quote").asText("");
                items.add(new Gold(text, q.path("speaker").asText(""), q.path("reference").asText(""),
                        q.has("direct") ? q.get("direct").asBoolean() : isDirect(text)));
            }
        } else {
            for (JsonNode a : obj.path("attributions")) {
                String text = a.path("content").isNull() ? "" : a.path("content").asText("");
                if (text.isBlank()) {
                    continue;
                }
                items.add(new Gold(text, a.path("source").isNull() ? "" : a.path("source").asText(""), "",
                        a.has("direct") ? a.get("direct").asBoolean() : isDirect(text)));
            }
        }
        return items;
    }

    static boolean isDirect(String text) {
        String t = text == null ? "" : text.stripLeading();
        return !t.isEmpty() && QUOTE_MARKS.indexOf(t.charAt(0)) >= 0;
    }

    /** Python's {@code re.findall(r"\w+", unicodedata.normalize("NFKC", s).lower())}. */
    static List<String> tokens(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(n);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Set<String> nameTokens(String... ss) {
        Set<String> out = new HashSet<>();
        for (String s : ss) {
            for (String t : tokens(s)) {
                if (!STOP.contains(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    static boolean speakerCorrect(Gold g, Pred p) {
        Set<String> gold = nameTokens(g.reference(), g.speaker());
        Set<String> pred = nameTokens(p.speakerName(), p.speaker());
        if (!gold.isEmpty()) {
            gold.retainAll(pred);
            return !gold.isEmpty();
        }
        Set<String> graw = new HashSet<>(tokens(g.speaker()));
        graw.removeAll(ARTICLES);
        Set<String> praw = new HashSet<>(tokens(p.speaker()));
        praw.addAll(tokens(p.speakerName()));
        praw.removeAll(ARTICLES);
        if (graw.isEmpty()) {
            return praw.isEmpty();
        }
        graw.retainAll(praw);
        return !graw.isEmpty();
    }

    static String goldSpeakerKind(Gold g) {
        if (!nameTokens(g.reference(), g.speaker()).isEmpty()) {
            return "named";
        }
        return tokens(g.speaker()).isEmpty() ? "none" : "pronoun";
    }

    /** Greedy matching, best coverage first (ties: larger overlap share of the prediction, then order). */
    static List<int[]> match(List<Gold> golds, List<Pred> preds, double thr) {
        List<Map<String, Integer>> gt = new ArrayList<>();
        for (Gold g : golds) {
            gt.add(counter(tokens(g.text())));
        }
        List<Map<String, Integer>> pt = new ArrayList<>();
        for (Pred p : preds) {
            pt.add(counter(tokens(p.text())));
        }
        record Cand(double cov, double share, int i, int j) {
        }
        List<Cand> cands = new ArrayList<>();
        for (int i = 0; i < gt.size(); i++) {
            int gn = size(gt.get(i));
            if (gn == 0) {
                continue;
            }
            for (int j = 0; j < pt.size(); j++) {
                int pn = size(pt.get(j));
                if (pn == 0) {
                    continue;
                }
                int ov = overlap(gt.get(i), pt.get(j));
                double cov = (double) ov / gn;
                if (cov >= thr) {
                    cands.add(new Cand(cov, (double) ov / pn, i, j));
                }
            }
        }
        cands.sort((a, b) -> a.cov != b.cov ? Double.compare(b.cov, a.cov)
                : a.share != b.share ? Double.compare(b.share, a.share)
                : a.i != b.i ? Integer.compare(a.i, b.i) : Integer.compare(a.j, b.j));
        boolean[] usedG = new boolean[gt.size()];
        boolean[] usedP = new boolean[pt.size()];
        List<int[]> pairs = new ArrayList<>();
        for (Cand c : cands) {
            if (usedG[c.i] || usedP[c.j]) {
                continue;
            }
            usedG[c.i] = true;
            usedP[c.j] = true;
            pairs.add(new int[]{c.i, c.j});
        }
        return pairs;
    }

    private static Map<String, Integer> counter(List<String> toks) {
        Map<String, Integer> m = new HashMap<>();
        for (String t : toks) {
            m.merge(t, 1, Integer::sum);
        }
        return m;
    }

    private static int size(Map<String, Integer> m) {
        int n = 0;
        for (int v : m.values()) {
            n += v;
        }
        return n;
    }

    private static int overlap(Map<String, Integer> a, Map<String, Integer> b) {
        int n = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            Integer o = b.get(e.getKey());
            if (o != null) {
                n += Math.min(e.getValue(), o);
            }
        }
        return n;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static double[] prf(long tp, long npred, long ngold) {
        double p = npred == 0 ? 0 : (double) tp / npred;
        double r = ngold == 0 ? 0 : (double) tp / ngold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[]{p, r, f};
    }

    private Counts counts(String subset, double thr) {
        return acc[thr == 0.3 ? 0 : 1]["direct".equals(subset) ? 1 : 0];
    }

    /** Quote F1 at a threshold (0.3 or 0.8) for a subset ({@code all} or {@code direct}). */
    public double f1(String subset, double thr) {
        Counts c = counts(subset, thr);
        return prf(c.tp, c.pred, c.gold)[2];
    }

    /** End-to-end F1 (quote matched and speaker right) at a threshold for a subset. */
    public double e2eF1(String subset, double thr) {
        Counts c = counts(subset, thr);
        return prf(c.spk, c.pred, c.gold)[2];
    }

    public double speakerAccuracy(String subset, double thr) {
        Counts c = counts(subset, thr);
        return c.tp == 0 ? 0 : (double) c.spk / c.tp;
    }

    /** As Python's {@code f"{x:.3f}"}: the exact binary value, rounded half to even. */
    static String f3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** The reference scorer's last line for a subset: {@code quotes F1@0.3=… speaker_acc=… e2e_F1=…}. */
    public String summary(String subset) {
        return "quotes F1@0.3=" + f3(f1(subset, 0.3)) + " speaker_acc=" + f3(speakerAccuracy(subset, 0.3))
                + " e2e_F1=" + f3(e2eF1(subset, 0.3));
    }

    /** The reference scorer's table: one row per subset and threshold. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "articles=%d quotes=%d direct=%d predicted=%d%n", articles, goldAll,
                goldDirect, predicted));
        sb.append(String.format(Locale.ROOT, "%-7s%5s%7s%7s%7s%8s%7s%7s%7s%6s%6s%6s%n", "subset", "thr", "P", "R",
                "F1", "spkAcc", "e2eP", "e2eR", "e2eF1", "TP", "pred", "gold"));
        for (String sub : new String[]{"all", "direct"}) {
            for (double thr : THRESHOLDS) {
                Counts c = counts(sub, thr);
                double[] q = prf(c.tp, c.pred, c.gold);
                double[] e = prf(c.spk, c.pred, c.gold);
                sb.append(String.format(Locale.ROOT, "%-7s%5.1f%7s%7s%7s%8s%7s%7s%7s%6d%6d%6d%n", sub, thr, f3(q[0]),
                        f3(q[1]), f3(q[2]), f3(c.tp == 0 ? 0 : (double) c.spk / c.tp), f3(e[0]), f3(e[1]), f3(e[2]),
                        c.tp, c.pred, c.gold));
            }
        }
        return sb.toString();
    }
}
