package dev.reprieve.demo.web;

/**
 * TODO(issue 3): a feature of the cascade library (deletion preview, restore with parents) that is not on
 * main yet; answered with 501 rather than faked in the demo. Goes away when the cascade branch is merged.
 */
public class CascadePendingException extends RuntimeException {

    public CascadePendingException(String feature) {
        super(feature + " needs Reprieve's cascade support (issue 3), which this build does not have yet");
    }
}
