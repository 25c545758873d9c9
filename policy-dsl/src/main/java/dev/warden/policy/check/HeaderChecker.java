package dev.warden.policy.check;

import dev.warden.policy.syntax.Code;
import dev.warden.policy.syntax.Decl;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.Member;
import dev.warden.policy.syntax.StringValue;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** Checks each file's optional {@code policy { default ... timezone ... }} header: at most one per file. */
final class HeaderChecker {
    private final Diagnostics diagnostics;

    HeaderChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The header of a file from its {@code policy} declarations (none: deny, UTC). */
    CheckedPolicy.FileHeader check(String file, List<Decl> headers) {
        for (int i = 1; i < headers.size(); i++) {
            diagnostics.error(Code.P018, headers.get(i).keyword(), "a second 'policy' header in this file",
                "a file has at most one header; merge them (first at " + headers.get(0).keyword().where() + ")");
        }
        if (headers.isEmpty()) {
            return new CheckedPolicy.FileHeader(file, false, ZoneOffset.UTC);
        }
        MemberReader members = new MemberReader(headers.get(0), diagnostics);
        Member.Word mode = (Member.Word) members.single("default", "a file has one default");
        boolean monitor = false;
        if (mode != null) {
            String value = mode.word().text();
            monitor = value.equals("monitor");
            if (!monitor && !value.equals("deny")) {
                diagnostics.error(Code.P027, mode.word().span(), "unknown default '" + value + "'",
                    "write 'default deny' (the default) or 'default monitor'");
            }
        }
        Member.Str zone = (Member.Str) members.single("timezone", "a file has one time zone");
        return new CheckedPolicy.FileHeader(file, monitor, zone == null ? ZoneOffset.UTC : zone(zone.value()));
    }

    private ZoneId zone(StringValue value) {
        try {
            return ZoneId.of(value.value());
        } catch (DateTimeException e) {
            diagnostics.error(Code.P027, value.span(), "unknown time zone '" + value.value() + "'",
                "use an IANA zone name such as \"Europe/Paris\" or \"UTC\"");
            return ZoneOffset.UTC;
        }
    }
}
