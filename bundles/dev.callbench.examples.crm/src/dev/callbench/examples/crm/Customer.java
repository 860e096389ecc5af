package dev.callbench.examples.crm;

/**
 * A customer's record, as the customer file has it.
 *
 * @param number the customer's phone number, in E.164
 * @param name the customer's name
 * @param company the company they call for
 * @param account their account number
 * @param tier their service tier
 * @param note the last note taken about them; empty if none
 */
public record Customer(String number, String name, String company, String account, String tier, String note) {
}
