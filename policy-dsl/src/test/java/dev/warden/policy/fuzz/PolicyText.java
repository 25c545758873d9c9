package dev.warden.policy.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link PolicyModel} as the text of its files, each laid out in its own {@link TextStyle}
 * and with its declarations in any order.
 */
final class PolicyText {
    private final TextStyle style;
    private final ConditionText conditions;

    private PolicyText(TextStyle style) {
        this.style = style;
        this.conditions = new ConditionText(style);
    }

    /** A rendered file: its declarations, each a block of whole lines in source order, and its line break. */
    record Blocks(List<String> declarations, String newline) {
        String text() {
            return String.join("", declarations);
        }
    }

    /** A rendered set: one {@link Blocks} per file of the model. */
    record Rendered(List<Blocks> files) {
        /** Every file's text, joined. */
        String text() {
            StringBuilder text = new StringBuilder();
            files.forEach(f -> text.append(f.text()));
            return text.toString();
        }

        Map<String, String> sources() {
            Map<String, String> sources = new LinkedHashMap<>();
            for (int f = 0; f < files.size(); f++) {
                sources.put(PolicyModel.fileName(f), files.get(f).text());
            }
            return sources;
        }
    }

    static Rendered render(PolicyModel model) {
        List<Blocks> files = new ArrayList<>();
        for (int f = 0; f < model.headers().size(); f++) {
            files.add(new PolicyText(new TextStyle(model.layoutSeed() + f)).file(model, f));
        }
        return new Rendered(files);
    }

    private Blocks file(PolicyModel model, int file) {
        List<String> blocks = new ArrayList<>();
        PolicyModel.Header header = model.headers().get(file);
        if (header.written()) {
            blocks.add(header(header));
        }
        model.identities().stream().filter(d -> d.file() == file).forEach(d -> blocks.add(identity(d)));
        model.entryPoints().stream().filter(d -> d.file() == file).forEach(d -> blocks.add(entryPoint(d)));
        model.endpoints().stream().filter(d -> d.file() == file).forEach(d -> blocks.add(endpoint(d)));
        model.datasources().stream().filter(d -> d.file() == file).forEach(d -> blocks.add(datasource(d)));
        model.credentials().stream().filter(d -> d.file() == file).forEach(d -> blocks.add(credential(d)));
        model.approvers().stream().filter(d -> d.file() == file).forEach(d -> blocks.add(approvers(d)));
        model.rules().stream().filter(d -> d.file() == file).forEach(d -> blocks.add(rule(d)));
        style.shuffle(blocks); // declaration order never matters, the header's included
        return new Blocks(blocks, style.newline);
    }

    private String header(PolicyModel.Header h) {
        List<String> fields = new ArrayList<>();
        if (h.mode() != null) {
            fields.add(style.member("default", h.mode()));
        }
        if (h.zone() != null) {
            fields.add(style.member("timezone", style.string(h.zone())));
        }
        return style.block("policy", null, fields);
    }

    private String identity(PolicyModel.Identity i) {
        List<String> fields = new ArrayList<>();
        fields.add(style.member("issuer", style.string(i.issuer())));
        fields.add(style.member("subject", style.string(i.subject())));
        if (i.audience() != null) {
            fields.add(style.member("audience", style.string(i.audience())));
        }
        i.groups().forEach(g -> fields.add(style.member("group", style.string(g))));
        i.claims().forEach((name, value) -> fields.add(style.member("claim", name + style.space() + style.string(value))));
        return style.block("identity", i.name(), fields);
    }

    private String entryPoint(PolicyModel.EntryPoint e) {
        List<String> fields = new ArrayList<>();
        e.methods().forEach(m -> fields.add(style.member("method", style.string(m.text(style.pick(", ", ",", " , "))))));
        return style.block("entrypoint", e.name(), fields);
    }

    private String endpoint(PolicyModel.Endpoint e) {
        List<String> fields = new ArrayList<>();
        e.urls().forEach(u -> fields.add(style.member("url", style.string(u))));
        if (e.methods() != null) {
            fields.add(style.member("method", style.names(e.methods())));
        }
        return style.block("endpoint", e.name(), fields);
    }

    private String datasource(PolicyModel.Datasource d) {
        List<String> fields = new ArrayList<>();
        d.urls().forEach(u -> fields.add(style.member("url", style.string(u))));
        return style.block("datasource", d.name(), fields);
    }

    private String credential(PolicyModel.Credential c) {
        List<String> fields = new ArrayList<>();
        fields.add(style.member("source", c.source() + style.space() + style.string(c.location())));
        fields.add(style.member("only_to", style.names(c.onlyTo())));
        return style.block("credential", c.name(), fields);
    }

    private String approvers(PolicyModel.Approvers a) {
        List<String> fields = new ArrayList<>();
        a.groups().forEach(g -> fields.add(style.member("group", style.string(g))));
        a.subjects().forEach(s -> fields.add(style.member("subject", style.string(s))));
        return style.block("approvers", a.name(), fields);
    }

    private String rule(PolicyModel.Rule r) {
        List<String> clauses = new ArrayList<>();
        clauses.add(style.member("principal", style.names(r.principal().names())));
        clauses.add(style.member(r.on().clause(), style.names(r.target().names())));
        r.conditions().forEach(c -> clauses.add(style.member(c.unless() ? "unless" : "when", conditions.condition(c.condition()))));
        if (r.approvers() != null) {
            clauses.add(style.member("approvers", r.approvers()));
        }
        if (r.mask() != null) {
            mask(r.mask(), clauses);
        }
        if (r.inject() != null) {
            clauses.add(style.member("credential", r.inject().credential()));
            clauses.add(style.member("into", r.inject().slot() + (r.inject().header() == null ? ""
                : style.space() + style.string(r.inject().header()))));
        }
        return style.block(r.kind().keyword(), r.name(), clauses);
    }

    /** Detectors in one list or several clauses; regexes and columns one clause each. */
    private void mask(PolicyModel.Mask m, List<String> clauses) {
        if (!m.detectors().isEmpty() && style.chance(0.5)) {
            clauses.add(style.member("detect", style.names(m.detectors())));
        } else {
            m.detectors().forEach(d -> clauses.add(style.member("detect", d)));
        }
        m.regexes().forEach(r -> clauses.add(style.member("regex", style.string(r))));
        m.columns().forEach(c -> clauses.add(style.member("column", style.string(c))));
        if (m.replace() != null) {
            clauses.add(style.member("replace", style.string(m.replace())));
        }
        if (m.apply() != null) {
            clauses.add(style.member("apply", m.apply()));
        }
    }
}
