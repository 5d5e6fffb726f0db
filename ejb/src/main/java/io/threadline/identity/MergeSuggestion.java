package io.threadline.identity;

import java.util.List;

/** Another active customer who may be the same person, and why ("same name", "same email name at another domain"...). */
public record MergeSuggestion(long customerId, String name, String tier, List<String> reasons) {
}
