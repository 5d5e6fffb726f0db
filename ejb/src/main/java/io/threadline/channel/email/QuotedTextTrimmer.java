package io.threadline.channel.email;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the quoted history and the signature off an email's plain text, so the timeline shows what the customer
 * wrote this time. It knows the common forms: "On ... wrote:" (also wrapped over two lines, and its German,
 * French, Spanish and Dutch forms), "-----Original Message-----", Outlook's "From: / Sent: / To: / Subject:"
 * header block, a trailing block of "&gt; " lines, the "-- " signature delimiter and "Sent from my ..." lines.
 * Quotes interleaved with new text (inline answers) are kept. When nothing would be left, the text stays whole.
 * (No maintained Java port of GitHub's email_reply_parser exists on Maven Central.)
 */
final class QuotedTextTrimmer {

    private static final Pattern ATTRIBUTION_START = Pattern.compile("^(On|Am|Le|El|Op)\\s.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTION_END = Pattern.compile(
            ".*((wrote|a écrit|escribió)\\s*|\\b(schrieb|schreef)\\b.*):\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "^\\s*-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original)\\s*-{2,}\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_FROM = Pattern.compile("^\\s*\\*?(From|Von|De)\\s*:\\*?\\s+.+", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_FOLLOWING = Pattern.compile(
            "^\\s*\\*?(Sent|Date|To|Subject|Gesendet|An|Betreff|Envoyé|À|Objet|Enviado|Para|Asunto)\\s*:\\*?.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNATURE_DELIMITER = Pattern.compile("^-- ?$");
    private static final Pattern MOBILE_SIGNATURE = Pattern.compile(
            "^\\s*(Sent from my .+|Get Outlook for .+|Sent from Mail for Windows.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNDERSCORES = Pattern.compile("^\\s*_{10,}\\s*$");

    private QuotedTextTrimmer() {
    }

    static String trim(String text) {
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (startsHistory(lines, i)) {
                end = i > 0 && UNDERSCORES.matcher(lines.get(i - 1)).matches() ? i - 1 : i;
                break;
            }
        }
        end = withoutTrailing(lines, end);
        String trimmed = String.join("\n", lines.subList(0, end)).strip();
        return trimmed.isEmpty() ? text.strip() : trimmed;
    }

    private static boolean startsHistory(List<String> lines, int i) {
        String line = lines.get(i);
        if (SIGNATURE_DELIMITER.matcher(line).matches() || ORIGINAL_MESSAGE.matcher(line).matches()) {
            return true;
        }
        if (ATTRIBUTION_START.matcher(line).matches()) {
            return ATTRIBUTION_END.matcher(line).matches()
                    || i + 1 < lines.size() && ATTRIBUTION_END.matcher(lines.get(i + 1)).matches();
        }
        if (HEADER_FROM.matcher(line).matches()) {
            int headers = 0;
            for (int j = i + 1; j < Math.min(lines.size(), i + 5); j++) {
                if (HEADER_FOLLOWING.matcher(lines.get(j)).matches()) {
                    headers++;
                }
            }
            return headers >= 2;
        }
        return false;
    }

    /** Drops a trailing block of quoted ("&gt;") lines and "Sent from my ..." lines, and the blank lines around them. */
    private static int withoutTrailing(List<String> lines, int end) {
        int cut = end;
        while (cut > 0) {
            String line = lines.get(cut - 1);
            if (line.isBlank() || line.startsWith(">") || MOBILE_SIGNATURE.matcher(line).matches()) {
                cut--;
            } else {
                break;
            }
        }
        return cut;
    }
}
