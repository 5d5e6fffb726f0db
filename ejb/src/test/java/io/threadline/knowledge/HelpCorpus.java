package io.threadline.knowledge;

import java.util.ArrayList;
import java.util.List;

/** A small help center of a shop, in English and German: the articles the relevance tests search. */
final class HelpCorpus {

    private HelpCorpus() {
    }

    static List<IndexedArticle> articles() {
        List<IndexedArticle> articles = new ArrayList<>();
        add(articles, "en", "How to return an item", "Returns", "returns",
                "You can send back anything within 30 days. Print the return label from your order page, pack the item in"
                        + " its box and drop the parcel at any post office.");
        add(articles, "en", "When will I get my refund?", "Returns", "refunds money",
                "Once the warehouse receives what you sent back, the money goes back to the card you paid with within"
                        + " five working days. Store credit is instant.");
        add(articles, "en", "Track your parcel", "Shipping", "tracking",
                "Where is my parcel? The shipping confirmation e-mail has a tracking link; the carrier updates it"
                        + " every few hours.");
        add(articles, "en", "Shipping times and costs", "Shipping", "delivery",
                "Standard delivery takes 3 to 5 working days, express the next working day. Orders over 50 EUR ship free.");
        add(articles, "en", "Reset your password", "Account", "login password",
                "Forgot your password? On the sign-in page choose 'Forgot password' and we send you a link to set a new"
                        + " one. The link works for one hour.");
        add(articles, "en", "Delete your account", "Account", "privacy gdpr",
                "You can ask for the deletion of your account and all your data at any time from the privacy settings.");
        add(articles, "en", "Gift cards", "Payment", "vouchers",
                "Gift cards never expire. Check the balance of a card on the gift card page with its number and PIN.");
        add(articles, "en", "Payment methods", "Payment", "paypal cards",
                "We take Visa, Mastercard, American Express, PayPal and bank transfer. Cash on delivery is not offered.");
        add(articles, "en", "Cancel an order", "Orders", "cancellation",
                "An order can be cancelled until it is packed: open it in your account and choose Cancel.");
        add(articles, "en", "Change the delivery address", "Orders", "address",
                "Until the order ships you can change the address it goes to from the order page.");
        add(articles, "en", "Damaged or faulty items", "Returns", "broken",
                "If something arrived broken or damaged, send us a photo within 14 days and we replace it or refund you.");
        add(articles, "en", "Invoices", "Orders", "billing",
                "Each order's invoice is a PDF on its order page; business customers can add their VAT number.");
        add(articles, "en", "Warranty", "Products", "guarantee",
                "Every product has a two-year warranty against defects in materials and workmanship.");
        add(articles, "en", "Store opening hours", "Stores", "shops",
                "Our shops open Monday to Saturday from 9 am to 8 pm; Sunday hours differ by city.");
        add(articles, "en", "Size guide", "Products", "fit sizes",
                "Measure your chest, waist and hips and compare them with the size chart of each brand.");
        add(articles, "en", "Loyalty points", "Account", "rewards",
                "Every euro you spend earns a point; 100 points are a 5 EUR voucher. <script>alert(1)</script> is not code here.");
        add(articles, "de", "Rücksendung eines Artikels", "Rücksendungen", "retoure",
                "Sie können alles innerhalb von 30 Tagen zurückschicken. Drucken Sie das Rücksendeetikett auf der"
                        + " Bestellseite aus und geben Sie das Paket bei der Post ab.");
        add(articles, "de", "Wann bekomme ich meine Rückerstattung?", "Rücksendungen", "geld",
                "Sobald die Ware im Lager ist, erstatten wir den Betrag innerhalb von fünf Werktagen auf Ihre Karte.");
        add(articles, "de", "Lieferzeiten und Versandkosten", "Versand", "lieferung",
                "Die Standardlieferung dauert 3 bis 5 Werktage, Express einen Werktag. Ab 50 EUR versandkostenfrei.");
        add(articles, "de", "Sendungsverfolgung", "Versand", "paket",
                "Wo ist mein Paket? Die Versandbestätigung enthält einen Link zur Sendungsverfolgung.");
        add(articles, "de", "Passwort zurücksetzen", "Konto", "anmeldung",
                "Passwort vergessen? Wählen Sie auf der Anmeldeseite 'Passwort vergessen', dann senden wir einen Link.");
        add(articles, "de", "Konto löschen", "Konto", "datenschutz",
                "Sie können die Löschung Ihres Kontos und aller Daten jederzeit in den Datenschutzeinstellungen verlangen.");
        add(articles, "de", "Gutscheine", "Zahlung", "geschenkkarte",
                "Gutscheine verfallen nicht. Das Guthaben eines Gutscheins sehen Sie mit Nummer und PIN.");
        add(articles, "de", "Bestellung stornieren", "Bestellungen", "storno",
                "Eine Bestellung lässt sich stornieren, bis sie verpackt ist: öffnen Sie sie im Konto und wählen Sie Stornieren.");
        return articles;
    }

    private static void add(List<IndexedArticle> articles, String language, String title, String category, String tags,
                            String text) {
        long id = articles.size() + 1;
        articles.add(new IndexedArticle(id, language, ArticleContent.slug(title), title, category,
                List.of(tags.split(" ")), text));
    }
}
