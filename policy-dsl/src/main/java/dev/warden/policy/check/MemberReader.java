package dev.warden.policy.check;

import dev.warden.policy.syntax.Code;
import dev.warden.policy.syntax.Decl;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.Member;
import java.util.ArrayList;
import java.util.List;

/**
 * The members of one declaration by keyword, with the checks every declaration shares: a member
 * given twice where one is allowed (P013), a required member missing (P014).
 */
final class MemberReader {
    private final Decl decl;
    private final Diagnostics diagnostics;

    MemberReader(Decl decl, Diagnostics diagnostics) {
        this.decl = decl;
        this.diagnostics = diagnostics;
    }

    /** Every member with this keyword, in source order. */
    List<Member> all(String key) {
        List<Member> result = new ArrayList<>();
        for (Member member : decl.members()) {
            if (member.key().equals(key)) {
                result.add(member);
            }
        }
        return result;
    }

    /** The member with this keyword, or null; a second one is reported (P013) with {@code hint}. */
    Member single(String key, String hint) {
        List<Member> found = all(key);
        for (int i = 1; i < found.size(); i++) {
            diagnostics.error(Code.P013, found.get(i).keyword().span(), decl.describe() + " has a second '" + key + "'",
                hint);
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** Reports P014 at the declaration's name when {@code member} is missing (unless the parse already failed). */
    <M> M require(M member, String message, String hint) {
        if (member == null && !decl.recovered()) {
            diagnostics.error(Code.P014, decl.name().span(), message, hint);
        }
        return member;
    }

    boolean recovered() {
        return decl.recovered();
    }
}
