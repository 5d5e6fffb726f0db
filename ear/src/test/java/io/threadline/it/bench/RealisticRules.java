package io.threadline.it.bench;

import java.util.List;

/**
 * The rules of {@link RealisticConfiguration}, as an admin would write them ({@code {run}} stands for the run's
 * suffix of queue names). {@link BenchmarkMessages}' texts hit a mix of them; the VIP rules match nobody, since the
 * benchmark's senders are new customers, but are evaluated for every message like the rest.
 */
final class RealisticRules {

    /** 20 routing rules: seven tagging ones that continue, then the first match of the rest decides the queue. */
    static final List<String> ROUTING = List.of("""
            {"name": "Tag after-hours messages", "position": 1, "continue": true,
             "when": {"all": [{"field": "businessHours", "op": "isNot", "value": "Berlin office"}]}, "then": {"tags": ["after-hours"]}}""", """
            {"name": "Tag mobile messages", "position": 2, "continue": true,
             "when": {"all": [{"field": "channel", "op": "in", "value": ["SMS", "WHATSAPP"]}]}, "then": {"tags": ["mobile"]}}""", """
            {"name": "Tag invoices", "position": 3, "continue": true,
             "when": {"all": [{"field": "text", "op": "containsWord", "value": ["invoice", "receipt", "vat", "rechnung", "facture", "factura"]}]},
             "then": {"tags": ["invoice"]}}""", """
            {"name": "Tag cancellations", "position": 4, "continue": true,
             "when": {"any": [{"field": "text", "op": "containsWord", "value": ["cancel", "cancellation", "kündigen", "stornieren", "annuler", "cancelar"]},
                              {"field": "subject", "op": "containsWord", "value": ["cancel", "cancellation"]}]},
             "then": {"tags": ["cancellation"]}}""", """
            {"name": "Tag urgent messages", "position": 5, "continue": true,
             "when": {"all": [{"field": "urgency", "op": "gte", "value": 70}]}, "then": {"tags": ["urgent"]}}""", """
            {"name": "Tag invoice numbers", "position": 6, "continue": true,
             "when": {"all": [{"field": "subject", "op": "matches", "value": "\\\\bINV-\\\\d{4}-\\\\d+\\\\b"}]}, "then": {"tags": ["invoice-number"]}}""", """
            {"name": "Tag thanks", "position": 7, "continue": true,
             "when": {"all": [{"field": "text", "op": "containsWord", "value": ["thanks", "thank you", "danke", "merci", "gracias"]},
                              {"field": "urgency", "op": "lte", "value": 30}]},
             "then": {"tags": ["thanks"], "priority": 4}}""", """
            {"name": "Angry VIPs", "position": 10,
             "when": {"all": [{"field": "customer.tier", "op": "is", "value": "VIP"}, {"field": "urgency", "op": "gte", "value": 70}]},
             "then": {"queue": "priority-{run}", "priority": 1, "tags": ["angry-vip"]}}""", """
            {"name": "VIPs", "position": 11, "when": {"all": [{"field": "customer.tier", "op": "is", "value": "VIP"}]},
             "then": {"queue": "priority-{run}", "priority": 2}}""", """
            {"name": "Furious customers", "position": 12,
             "when": {"all": [{"field": "urgency", "op": "gte", "value": 85}],
                      "any": [{"field": "text", "op": "containsWord", "value": ["unacceptable", "third time", "lawyer", "still waiting"]},
                              {"field": "subject", "op": "containsWord", "value": ["complaint", "beschwerde", "réclamation"]}]},
             "then": {"queue": "priority-{run}", "priority": 2, "tags": ["escalation-risk"]}}""", """
            {"name": "Refunds to billing", "position": 20,
             "when": {"all": [{"field": "text", "op": "containsWord", "value": ["refund", "refunds", "chargeback", "money back", "charged twice", "rückerstattung", "remboursement"]}]},
             "then": {"queue": "billing-{run}", "tags": ["billing"], "skills": ["billing"]}}""", """
            {"name": "Invoices by subject to billing", "position": 21,
             "when": {"all": [{"field": "channel", "op": "is", "value": "EMAIL"},
                              {"field": "subject", "op": "matches", "value": "^(invoice|rechnung|facture)\\\\b|INV-\\\\d{4}-\\\\d+"}]},
             "then": {"queue": "billing-{run}", "tags": ["billing"]}}""", """
            {"name": "German speakers", "position": 30, "when": {"all": [{"field": "language", "op": "is", "value": "de"}]},
             "then": {"queue": "german-{run}", "skills": ["de"]}}""", """
            {"name": "French speakers", "position": 31, "when": {"all": [{"field": "language", "op": "is", "value": "fr"}]},
             "then": {"queue": "french-{run}", "skills": ["fr"]}}""", """
            {"name": "Spanish and Portuguese speakers", "position": 32, "when": {"all": [{"field": "language", "op": "in", "value": ["es", "pt"]}]},
             "then": {"queue": "support-{run}", "skills": ["es"], "tags": ["spanish"]}}""", """
            {"name": "Shipping", "position": 40,
             "when": {"all": [{"field": "text", "op": "containsWord", "value": ["parcel", "tracking number", "delivery", "shipment", "not arrived", "where is my"]}]},
             "then": {"queue": "support-{run}", "tags": ["shipping"]}}""", """
            {"name": "Account access", "position": 41,
             "when": {"all": [{"field": "text", "op": "containsWord", "value": ["password", "log in", "login", "locked out", "two-factor"]}]},
             "then": {"queue": "support-{run}", "tags": ["account"], "priority": 2}}""", """
            {"name": "Live chat", "position": 50, "when": {"all": [{"field": "channel", "op": "is", "value": "CHAT"}]},
             "then": {"queue": "support-{run}", "priority": 3}}""", """
            {"name": "Social messengers", "position": 51,
             "when": {"all": [{"field": "channel", "op": "in", "value": ["WHATSAPP", "INSTAGRAM", "FACEBOOK"]}]},
             "then": {"queue": "social-{run}"}}""", """
            {"name": "Black Friday campaign", "position": 60, "enabled": false,
             "when": {"all": [{"field": "text", "op": "containsWord", "value": ["black friday", "voucher", "promo code"]}]},
             "then": {"queue": "support-{run}", "tags": ["campaign"]}}""");

    /** 5 SLA policies, first match by position: four on office hours, chats around the clock. */
    static final List<String> SLA_POLICIES = List.of("""
            {"name": "VIP", "position": 1, "when": {"all": [{"field": "customer.tier", "op": "is", "value": "VIP"}]},
             "calendar": "Berlin office", "targets": {"firstResponse": "PT1H", "nextResponse": "PT2H", "resolution": "PT16H"}, "warnAt": 0.75}""", """
            {"name": "Live chat", "position": 2, "when": {"all": [{"field": "channel", "op": "is", "value": "CHAT"}]},
             "calendar": "Around the clock", "targets": {"firstResponse": "PT5M", "nextResponse": "PT5M", "resolution": "PT2H"}}""", """
            {"name": "Urgent", "position": 3, "when": {"all": [{"field": "urgency", "op": "gte", "value": 70}]},
             "calendar": "Berlin office", "targets": {"firstResponse": "PT2H", "nextResponse": "PT4H", "resolution": "PT24H"}}""", """
            {"name": "Billing", "position": 4,
             "when": {"any": [{"field": "text", "op": "containsWord", "value": ["refund", "invoice", "rechnung", "facture"]},
                              {"field": "subject", "op": "matches", "value": "INV-\\\\d{4}-\\\\d+"}]},
             "calendar": "Berlin office", "targets": {"firstResponse": "PT8H", "resolution": "PT40H"}, "pauseWhen": ["PENDING", "SNOOZED"]}""", """
            {"name": "Standard", "position": 10, "calendar": "Berlin office",
             "targets": {"firstResponse": "PT8H", "nextResponse": "PT12H", "resolution": "P5D"}, "pauseWhen": ["PENDING", "SNOOZED"]}""");

    /** 10 automation rules on message.received, conversation.created and conversation.assigned: tags, priorities, notes. */
    static final List<String> AUTOMATION = List.of("""
            {"name": "Tag refund requests", "position": 1, "on": "message.received",
             "when": {"all": [{"field": "text", "op": "containsWord", "value": ["refund", "money back", "chargeback"]}]},
             "do": [{"action": "tag", "tags": ["refund-request"]}]}""", """
            {"name": "Very urgent to priority 1", "position": 2, "on": "message.received",
             "when": {"all": [{"field": "urgency", "op": "gte", "value": 90}]}, "do": [{"action": "priority", "value": 1}]}""", """
            {"name": "Invoice number note", "position": 3, "on": "message.received",
             "when": {"all": [{"field": "subject", "op": "matches", "value": "INV-\\\\d{4}-\\\\d+"}, {"field": "tag", "op": "isNot", "value": "invoice-checked"}]},
             "do": [{"action": "note", "text": "Invoice number in the subject: look it up in the ERP before answering."},
                    {"action": "tag", "tags": ["invoice-checked"]}]}""", """
            {"name": "German after hours", "position": 4, "on": "message.received",
             "when": {"all": [{"field": "language", "op": "is", "value": "de"}, {"field": "businessHours", "op": "isNot", "value": "Berlin office"}]},
             "do": [{"action": "tag", "tags": ["de-after-hours"]}]}""", """
            {"name": "New chat note", "position": 10, "on": "conversation.created",
             "when": {"all": [{"field": "channel", "op": "is", "value": "CHAT"}]},
             "do": [{"action": "note", "text": "New chat: the visitor expects an answer within five minutes."}]}""", """
            {"name": "Mobile first contact", "position": 11, "on": "conversation.created",
             "when": {"all": [{"field": "channel", "op": "in", "value": ["SMS", "WHATSAPP"]}]}, "do": [{"action": "tag", "tags": ["mobile-first"]}]}""", """
            {"name": "French first contact", "position": 12, "on": "conversation.created",
             "when": {"all": [{"field": "language", "op": "is", "value": "fr"}]},
             "do": [{"action": "tag", "tags": ["fr"]}, {"action": "note", "text": "French speaker: Chloe or Emma can take it."}]}""", """
            {"name": "Cancellation first contact", "position": 13, "on": "conversation.created",
             "when": {"all": [{"field": "text", "op": "containsWord", "value": ["cancel", "cancelar", "annuler", "kündigen"]}]},
             "do": [{"action": "priority", "value": 2}, {"action": "tag", "tags": ["retention"]}]}""", """
            {"name": "Billing assignment note", "position": 20, "on": "conversation.assigned",
             "when": {"all": [{"field": "queue", "op": "is", "value": "billing-{run}"}]},
             "do": [{"action": "note", "text": "Check open invoices and earlier refunds before answering."}]}""", """
            {"name": "Escalation risk assigned", "position": 21, "on": "conversation.assigned",
             "when": {"all": [{"field": "tag", "op": "is", "value": "escalation-risk"}]},
             "do": [{"action": "note", "text": "Angry customer: read the whole timeline before answering."}, {"action": "priority", "value": 1}]}""");

    private RealisticRules() {
    }
}
