/**
 * purchase-associations (docs/batch.md#purchase-associations): mines "bought together" and "next purchase" from all
 * customers' ERP orders, for the suggestions on the profile.
 */
package io.threadline.batch.purchases;
