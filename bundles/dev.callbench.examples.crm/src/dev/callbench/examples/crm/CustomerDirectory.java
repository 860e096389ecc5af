package dev.callbench.examples.crm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The customers of the file {@code customers.csv} in this bundle, by phone number. A real CRM extension would ask
 * its CRM here instead; the panel does not care.
 */
public final class CustomerDirectory {

    private static final String FILE = "customers.csv";
    private static final int COLUMNS = 6;

    private final Map<String, Customer> byNumber = new HashMap<>();

    private CustomerDirectory() {
    }

    /** The customers of the bundle's file. */
    public static CustomerDirectory load() {
        CustomerDirectory directory = new CustomerDirectory();
        try (InputStream in = CustomerDirectory.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IOException("the bundle has no " + FILE);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    directory.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The customer file cannot be read", e);
        }
        return directory;
    }

    private void add(String line) {
        String[] cells = line.split(",", COLUMNS);
        String[] padded = new String[COLUMNS];
        for (int i = 0; i < COLUMNS; i++) {
            padded[i] = i < cells.length ? cells[i].trim() : "";
        }
        Customer customer = new Customer(normalized(padded[0]), padded[1], padded[2], padded[3], padded[4], padded[5]);
        byNumber.put(customer.number(), customer);
    }

    /** The customer who has this number, if the file knows them. */
    public Optional<Customer> byNumber(String number) {
        return number == null ? Optional.empty() : Optional.ofNullable(byNumber.get(normalized(number)));
    }

    /** The number without the spaces, dashes, dots and brackets people write into numbers. */
    private static String normalized(String number) {
        return number.replaceAll("[\\s\\-.()]", "");
    }
}
