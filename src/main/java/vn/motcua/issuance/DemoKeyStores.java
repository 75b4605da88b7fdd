package vn.motcua.issuance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The demo's keys: a CA of the province and one PKCS#12 key store per signer, each made the first
 * time it is needed and kept on disk (never in the repository). Files appear by a hard link from a
 * finished temporary file, so two nodes (or threads) making the same key at once keep one of them
 * and never a half-written file. The certificates are valid for years either side of the first
 * start: the demo history and the tests sign at simulated times.
 */
final class DemoKeyStores implements SigningKeys {

    static final String CA_FILE = "demo-ca.p12";
    private static final String ALIAS = "signer";
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,60}");
    private static final Duration VALID_BEFORE = Duration.ofDays(5 * 366);
    private static final Duration VALID_AFTER = Duration.ofDays(10 * 366);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final char[] password;
    private final String provinceName;
    private final Map<String, SigningCredentials> loaded = new ConcurrentHashMap<>();
    private SigningCredentials ca;

    DemoKeyStores(Path directory, String password, String provinceName) {
        this.directory = directory.toAbsolutePath().normalize();
        this.password = password.toCharArray();
        this.provinceName = provinceName;
    }

    @Override
    public SigningCredentials forSigner(String username, String displayName) {
        SigningCredentials known = loaded.get(username);
        if (known != null) {
            return known;
        }
        SigningCredentials ca = ca();
        return loaded.computeIfAbsent(username, name -> loadOrCreate(fileOf(name), () -> {
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
                    .addRDN(BCStyle.O, "Ủy ban nhân dân " + provinceName).addRDN(BCStyle.UID, name)
                    .addRDN(BCStyle.CN, displayName).build();
            return issue(subject, ca, false);
        }));
    }

    @Override
    public Set<TrustAnchor> trustAnchors() {
        return Set.of(new TrustAnchor(ca().certificate(), null));
    }

    private synchronized SigningCredentials ca() {
        if (ca == null) {
            ca = loadOrCreate(directory.resolve(CA_FILE), () -> {
                X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
                        .addRDN(BCStyle.O, "Ủy ban nhân dân " + provinceName)
                        .addRDN(BCStyle.CN, "CA thử nghiệm " + provinceName + " (demo)").build();
                return issue(subject, null, true);
            });
        }
        return ca;
    }

    /** A user name as a file name: itself when plain, else hex, so nothing typed reaches the path. */
    private Path fileOf(String username) {
        String name = PLAIN_NAME.matcher(username).matches() ? username
                : "x" + HexFormat.of().formatHex(username.getBytes(StandardCharsets.UTF_8));
        return directory.resolve("signer-" + name + ".p12");
    }

    private interface Maker {
        SigningCredentials make() throws GeneralSecurityException, OperatorCreationException, IOException;
    }

    private SigningCredentials loadOrCreate(Path file, Maker maker) {
        try {
            if (!Files.exists(file)) {
                write(file, maker.make());
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Demo signing key " + file + " unusable: " + e.getMessage(), e);
        }
    }

    private void write(Path file, SigningCredentials credentials) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, credentials.key(), password, credentials.chain().toArray(Certificate[]::new));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.store(bytes, password);
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "new-", ".tmp");
        try {
            Files.write(temporary, bytes.toByteArray());
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException raceLost) {
            // another thread or node made it first: theirs is the key, ours is dropped
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private SigningCredentials read(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(Files.readAllBytes(file)), password);
        Certificate[] chain = store.getCertificateChain(ALIAS);
        return new SigningCredentials((PrivateKey) store.getKey(ALIAS, password),
                List.of(chain).stream().map(X509Certificate.class::cast).toList(), null);
    }

    /** A new key pair with its certificate, signed by {@code issuer} (or self-signed for the CA). */
    private static SigningCredentials issue(X500Name subject, SigningCredentials issuer, boolean ca)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(ca ? 3072 : 2048, RANDOM);
        KeyPair pair = generator.generateKeyPair();
        Instant now = Instant.now();
        X500Name issuerName = issuer == null ? subject
                : X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                new BigInteger(64, RANDOM).abs().add(BigInteger.ONE), Date.from(now.minus(VALID_BEFORE)),
                Date.from(now.plus(VALID_AFTER)), subject, pair.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, ca ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                extensions.createSubjectKeyIdentifier(pair.getPublic()));
        if (issuer != null) {
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(issuer.certificate()));
        }
        PrivateKey signingKey = issuer == null ? pair.getPrivate() : issuer.key();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signingKey)));
        List<X509Certificate> chain = issuer == null ? List.of(certificate)
                : List.of(certificate, issuer.certificate());
        return new SigningCredentials(pair.getPrivate(), chain, null);
    }
}
