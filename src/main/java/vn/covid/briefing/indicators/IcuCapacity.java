package vn.covid.briefing.indicators;

/**
 * The ICU beds a unit has: as its reports give them ("giường ICU hiện có"), else the reference figure,
 * which is an estimate (input/reference/figures.csv says so).
 */
public record IcuCapacity(Long beds, Basis basis) {

    public enum Basis {
        /** the latest reports of the window give it (for a district or province: every district reported it) */
        REPORTED,
        /** the reference figure (estimated) */
        REFERENCE,
        /** some districts reported it, the reference figure stands in for the others */
        MIXED,
        /** neither reported nor in the reference data */
        NONE
    }

    public static final IcuCapacity UNKNOWN = new IcuCapacity(null, Basis.NONE);

    public boolean estimated() {
        return basis == Basis.REFERENCE || basis == Basis.MIXED;
    }

    /** A district's or the province's capacity: the sum of its parts, and how they were come by. */
    static IcuCapacity sum(java.util.List<IcuCapacity> parts) {
        Long beds = null;
        boolean reported = false;
        boolean reference = false;
        for (IcuCapacity p : parts) {
            if (p.beds() != null) {
                beds = (beds == null ? 0 : beds) + p.beds();
                reported |= p.basis() == Basis.REPORTED || p.basis() == Basis.MIXED;
                reference |= p.basis() == Basis.REFERENCE || p.basis() == Basis.MIXED;
            }
        }
        Basis basis = beds == null ? Basis.NONE : reported && reference ? Basis.MIXED : reported ? Basis.REPORTED
                : Basis.REFERENCE;
        return new IcuCapacity(beds, basis);
    }
}
