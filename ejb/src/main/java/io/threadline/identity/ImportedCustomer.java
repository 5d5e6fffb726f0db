package io.threadline.identity;

import java.util.List;

/** One customer record from a system Threadline replaces, with its identities already normalized. */
public record ImportedCustomer(String name, List<IdentityKey> identities, String source, long line) {
}
