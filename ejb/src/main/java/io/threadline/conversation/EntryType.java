package io.threadline.conversation;

/** What a timeline entry records; ORDER: a change of the customer's order or its shipment, from the ERP. */
public enum EntryType {
    MESSAGE, CALL, NOTE, SYSTEM, ORDER
}
