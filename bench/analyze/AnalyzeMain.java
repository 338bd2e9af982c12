/**
 * Runs 'msct analyze' from the jar until the command is registered in Main:
 * java -cp msct-cli/target/msct.jar bench/analyze/AnalyzeMain.java BUNDLE --out DIR
 */
public class AnalyzeMain {
    public static void main(String[] a) {
        var cl = org.msct.cli.Cli.commandLine(new org.msct.cli.analyze.AnalyzeCommand());
        System.exit(cl.execute(a));
    }
}
