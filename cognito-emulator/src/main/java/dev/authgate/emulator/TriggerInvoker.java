package dev.authgate.emulator;

/**
 * Runs a user pool's Lambda trigger functions: the emulator hands over the event Cognito would send and
 * applies the {@code response} of the event the function hands back, as Cognito does.
 *
 * <p>Contract, which the emulator maps onto Cognito's errors:
 * <ul>
 *   <li>a returned string is the function's output, the whole event with its {@code response} filled in
 *       (anything that is not such a JSON object answers {@code InvalidLambdaResponseException});</li>
 *   <li>{@link TriggerFailure} means the function ran and reported an error
 *       ({@code UserLambdaValidationException} "&lt;Trigger&gt; failed with error &lt;message&gt;.");</li>
 *   <li>any other runtime exception means the function could not be invoked: unreachable, timed out,
 *       unknown ({@code UnexpectedLambdaException}).</li>
 * </ul>
 *
 * <p>Calls may arrive from several threads at once. While a function runs, the emulator does not hold
 * its state lock, so a function may call the emulator's API (for example AdminUpdateUserAttributes).
 *
 * @see LambdaInvokeApi the implementation that calls functions over the AWS Lambda Invoke REST API
 */
@FunctionalInterface
public interface TriggerInvoker {

    /**
     * @param functionArn the function as the pool's {@code LambdaConfig} names it
     * @param eventJson the trigger event, in the exact format Cognito sends
     * @return the function's output: the event with its {@code response} member set
     * @throws TriggerFailure when the function reports an error
     */
    String invoke(String functionArn, String eventJson) throws TriggerFailure;
}
