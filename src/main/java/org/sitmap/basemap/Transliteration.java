package org.sitmap.basemap;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what an analyst types into the keys place names are matched by: folded to lower case without accents or
 * apostrophes, and Russian or Ukrainian Cyrillic spelled the way GeoNames spells it in Latin letters ("Суджа" ->
 * "sudzha", "Харків" -> "kharkiv"). GeoNames mixes systems (BGN/PCGN for Russia, the Ukrainian national system of
 * 2010 and older BGN spellings for Ukraine: "Zaporizhia" but "Mykolayiv"), so a Cyrillic query gives one key per
 * system and a name matches if any of them does. Stateless and thread-safe.
 */
public final class Transliteration {
    private static final String VOWELS = "аеёиоуыэюяіїє";
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʹʼ`ʻ\"]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐–—,.]+");

    private enum System { RUSSIAN_BGN, UKRAINIAN_2010, UKRAINIAN_BGN }

    private Transliteration() {
    }

    /** Lower case, accents and apostrophes dropped, hyphens and runs of spaces made one space. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (isPlain(lower)) {
            return lower.strip();
        }
        // Decomposing splits й and ї into a letter and a mark: put those two back together before dropping marks.
        String split = Normalizer.normalize(lower, Normalizer.Form.NFD).replace("и\u0306", "й")
                .replace("і\u0308", "ї");
        String plain = APOSTROPHES.matcher(MARKS.matcher(split).replaceAll("")).replaceAll("");
        return SEPARATORS.matcher(plain).replaceAll(" ").strip();
    }

    /** Lower-case ASCII letters and single spaces only: already folded (most names). */
    private static boolean isPlain(String s) {
        char before = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' && before != ' ')) {
                return false;
            }
            before = c;
        }
        return true;
    }

    /** True if the text has a Cyrillic letter. */
    public static boolean hasCyrillic(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    /**
     * The keys to look a typed text up by: the folded text itself and, when it has Cyrillic letters, its Latin
     * spellings in each system GeoNames uses (duplicates removed).
     */
    public static List<String> keys(String typed) {
        String folded = fold(typed);
        Set<String> out = new LinkedHashSet<>();
        out.add(folded);
        if (hasCyrillic(folded)) {
            for (System s : System.values()) {
                out.add(latin(folded, s));
            }
        }
        return List.copyOf(out);
    }

    /** A folded Cyrillic text in Latin letters by one system; other characters are kept. */
    private static String latin(String folded, System system) {
        StringBuilder sb = new StringBuilder(folded.length() + 8);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            char before = i == 0 ? ' ' : folded.charAt(i - 1);
            boolean initial = !Character.isLetter(before) || VOWELS.indexOf(before) >= 0 || before == 'ь'
                    || before == 'ъ';
            sb.append(letter(c, system, initial, !Character.isLetter(before)));
        }
        return sb.toString();
    }

    /**
     * One letter. {@code initial}: at a word's start or after a vowel or sign, where the iotated vowels of both
     * languages are written with a y; {@code wordStart}: at a word's start only (Ukrainian 2010 rules).
     */
    private static String letter(char c, System system, boolean initial, boolean wordStart) {
        boolean ukrainian = system != System.RUSSIAN_BGN;
        boolean bgn = system == System.UKRAINIAN_BGN;
        return switch (c) {
            case 'а' -> "a";
            case 'б' -> "b";
            case 'в' -> "v";
            case 'г' -> ukrainian ? "h" : "g";
            case 'ґ' -> "g";
            case 'д' -> "d";
            case 'е' -> !ukrainian && initial ? "ye" : "e";
            case 'є' -> bgn || wordStart ? "ye" : "ie";
            case 'ж' -> "zh";
            case 'з' -> "z";
            case 'и' -> ukrainian ? "y" : "i";
            case 'і' -> "i";
            case 'ї' -> bgn || wordStart ? "yi" : "i";
            case 'й' -> !ukrainian || bgn || wordStart ? "y" : "i";
            case 'к' -> "k";
            case 'л' -> "l";
            case 'м' -> "m";
            case 'н' -> "n";
            case 'о' -> "o";
            case 'п' -> "p";
            case 'р' -> "r";
            case 'с' -> "s";
            case 'т' -> "t";
            case 'у' -> "u";
            case 'ф' -> "f";
            case 'х' -> "kh";
            case 'ц' -> "ts";
            case 'ч' -> "ch";
            case 'ш' -> "sh";
            case 'щ' -> "shch";
            case 'ъ', 'ь' -> "";
            case 'ы' -> "y";
            case 'э' -> "e";
            case 'ю' -> !ukrainian || bgn || wordStart ? "yu" : "iu";
            case 'я' -> !ukrainian || bgn || wordStart ? "ya" : "ia";
            default -> String.valueOf(c);
        };
    }
}
