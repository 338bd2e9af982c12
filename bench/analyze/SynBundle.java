/** Writes a synthetic study bundle: java -cp msct-cli/target/msct.jar bench/analyze/SynBundle.java DIR SUBJECTS VISITS SEED */
public class SynBundle {
    public static void main(String[] a) throws Exception {
        org.msct.trial.bundle.SyntheticBundle.write(java.nio.file.Path.of(a[0]), Integer.parseInt(a[1]), Integer.parseInt(a[2]), Long.parseLong(a[3]));
    }
}
