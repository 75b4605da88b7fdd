/**
 * Reliable delivery of messages to systems outside the province's database (the national
 * portal; later email, SMS, Zalo): a durable outbox written in the transaction of the change,
 * and one sender that delivers it in order per key, with capped back-off, across nodes.
 * Destinations plug in as {@link vn.motcua.delivery.DeliveryChannel} beans.
 */
@org.springframework.modulith.ApplicationModule
package vn.motcua.delivery;
