package dev.warden.policy.format;

import dev.warden.policy.syntax.Decl;
import dev.warden.policy.syntax.Member;
import java.util.List;

/** A parsed file cut into {@link Unit}s, declaration by declaration, in source order. */
record FileUnits(List<DeclUnits> declarations, Unit end) {

    /** One declaration: its header ({@code KEYWORD NAME {}), its members, its closing brace. */
    record DeclUnits(Decl decl, Unit header, List<MemberUnits> members, Unit close) {
    }

    /**
     * One field or clause. {@code parts} has one unit, except for a condition joined by a top-level
     * {@code and}/{@code or}: one per operand, each after the first starting at its operator.
     *
     * @param bracketed whether a target was written as a list ({@code only_to [embeddings]}), kept
     *     even for one name
     */
    record MemberUnits(Member member, List<Unit> parts, boolean bracketed) {
    }
}
