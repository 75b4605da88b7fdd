package vn.motcua.procedure.process;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNode;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import vn.motcua.shared.process.ProcessVariables;

/**
 * Judges a text the engine will evaluate, parsed by Camunda's own JUEL parser (the features the
 * engine parses with, method calls included, so that a call is seen as one), and its syntax tree
 * walked against the models' grammar:
 * <pre>
 *   expression := "${" test "}"
 *   test       := test ("==" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "and" | "or") test
 *               | ("not" | "empty" | "-") test | "(" test ")"
 *               | variable | outcome word | number | true | false | null
 * </pre>
 * with the variables and outcome words of {@link ProcessVariables}. Used by the model validator;
 * here, at the engine's edge, because it reads the engine's own parser. A delegate is exactly
 * {@code #{bean}} (or {@code ${bean}}). Anything else — a method call, a property of an object, a
 * function, another name, a text around the expression — is refused, with the first reason found.
 */
public final class ExpressionGrammar {

    /** Why a text is refused: the rule, the part at fault and, for a word, the words allowed there. */
    public record Refusal(String rule, String part, List<String> allowed) {

        Refusal(String rule, String part) {
            this(rule, part, List.of());
        }
    }

    private static final Builder ENGINE_PARSER =
            new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
    private static final Set<AstBinary.Operator> TESTS = Set.of(AstBinary.EQ, AstBinary.NE, AstBinary.LT,
            AstBinary.LE, AstBinary.GT, AstBinary.GE, AstBinary.AND, AstBinary.OR);
    private static final Set<AstUnary.Operator> UNARY = Set.of(AstUnary.NOT, AstUnary.EMPTY, AstUnary.NEG);

    private ExpressionGrammar() {
    }

    /** Whether JUEL would see an expression in the text at all (else it is plain text to the engine). */
    public static boolean hasExpression(String text) {
        return text.contains("${") || text.contains("#{");
    }

    /** The bean a delegate text names: exactly one {@code #{name}} or {@code ${name}}, nothing around it. */
    public static Optional<String> delegateBean(String text) {
        return parse(text.strip()).map(Tree::getRoot)
                .filter(root -> root instanceof AstEval && root.getCardinality() == 1)
                .map(root -> root.getChild(0))
                .filter(AstIdentifier.class::isInstance).map(node -> ((AstIdentifier) node).getName());
    }

    /**
     * The outcome word a flow's condition tests for equality, e.g. "approve" for
     * {@code ${outcome == 'approve'}} however it is spaced, bracketed or ordered.
     */
    public static Optional<String> outcomeTested(String text) {
        return parse(text.strip()).map(Tree::getRoot)
                .filter(root -> root instanceof AstEval && root.getCardinality() == 1)
                .map(root -> unnested(root.getChild(0)))
                .filter(node -> node instanceof AstBinary binary && binary.getOperator() == AstBinary.EQ)
                .flatMap(test -> wordComparedToOutcome(unnested(test.getChild(0)), unnested(test.getChild(1)))
                        .or(() -> wordComparedToOutcome(unnested(test.getChild(1)), unnested(test.getChild(0)))));
    }

    private static Optional<String> wordComparedToOutcome(Node variable, Node word) {
        boolean outcome = variable instanceof AstIdentifier identifier
                && ProcessVariables.OUTCOME.equals(identifier.getName());
        return outcome && word instanceof AstString string
                ? Optional.of(String.valueOf(string.eval(null, null))) : Optional.empty();
    }

    private static Node unnested(Node node) {
        return node instanceof AstNested ? unnested(node.getChild(0)) : node;
    }

    /** Empty when the text is plain text or one expression of the grammar. */
    public static Optional<Refusal> judge(String text) {
        Optional<Tree> tree = parse(text.strip());
        if (tree.isEmpty()) {
            return Optional.of(new Refusal("security.expression", text));
        }
        Node root = tree.get().getRoot();
        if (root instanceof AstText) {
            return Optional.empty();
        }
        if (!(root instanceof AstEval eval) || eval.isDeferred()) {
            return Optional.of(new Refusal("security.expression", text));
        }
        return test(eval.getChild(0));
    }

    private static Optional<Refusal> test(Node node) {
        if (node instanceof AstMethod || node instanceof AstFunction) {
            return Optional.of(new Refusal("security.methodCall", source(node)));
        }
        if (node instanceof AstDot || node instanceof AstBracket) {
            return Optional.of(new Refusal("security.propertyAccess", source(node)));
        }
        if (node instanceof AstIdentifier identifier) {
            return ProcessVariables.NAMES.contains(identifier.getName()) ? Optional.empty()
                    : Optional.of(new Refusal("security.unknownName", identifier.getName(),
                            sorted(ProcessVariables.NAMES)));
        }
        if (node instanceof AstString string) {
            String word = String.valueOf(string.eval(null, null));
            return ProcessVariables.OUTCOMES.contains(word) ? Optional.empty()
                    : Optional.of(new Refusal("security.unknownWord", word, sorted(ProcessVariables.OUTCOMES)));
        }
        if (node instanceof AstNumber || node instanceof AstBoolean || node instanceof AstNull) {
            return Optional.empty();
        }
        boolean operator = node instanceof AstBinary binary && TESTS.contains(binary.getOperator())
                || node instanceof AstUnary unary && UNARY.contains(unary.getOperator())
                || node instanceof AstNested;
        if (!operator) {
            return Optional.of(new Refusal("security.expression", source(node)));
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            Optional<Refusal> refusal = test(node.getChild(i));
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private static List<String> sorted(Set<String> words) {
        return words.stream().sorted().toList();
    }

    /** The part as JUEL prints it back, for the analyst to find it in the model. */
    private static String source(Node node) {
        StringBuilder text = new StringBuilder();
        ((AstNode) node).appendStructure(text, null);
        return text.toString();
    }

    private static Optional<Tree> parse(String text) {
        try {
            return Optional.of(ENGINE_PARSER.build(text));
        } catch (TreeBuilderException e) {
            return Optional.empty();
        }
    }
}
